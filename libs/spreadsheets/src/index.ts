export * from './import-result.model';
export * from './import.service';
export * from './import.resolver';
export * from './read-spreadsheet';
export * from './spreadsheet-columns';
export * from './spreadsheets.module';
export * from './write-spreadsheet';
