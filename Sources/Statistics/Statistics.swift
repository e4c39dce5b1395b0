/// Statistics for the analyses of SPEC §5 (survival TTV, outcomes, pilot versus
/// baseline): plain functions on counts and times, no I/O and no dependency, each
/// checked in StatisticsTests against published worked examples and reference
/// libraries (lifelines, scipy, statsmodels; see scripts/reference/).
public enum Statistics {}
