/** Where a capability gap was identified. */
export enum GapSource {
  PCRS_ASSESSMENT = 'PCRS_ASSESSMENT',
  PERFORMANCE_EVALUATION = 'PERFORMANCE_EVALUATION',
  SELF_DECLARED = 'SELF_DECLARED',
}
