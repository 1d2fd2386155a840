"""Charts and PDF reports, built from a plan without Qt (matplotlib's object API, ReportLab)."""
