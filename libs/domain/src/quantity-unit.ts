export enum QuantityUnit {
  TRAINEES = 'TRAINEES',
  UNITS = 'UNITS',
  ITEMS = 'ITEMS',
  COURSES = 'COURSES',
}
