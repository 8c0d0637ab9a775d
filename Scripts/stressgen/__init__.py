"""Random stress corpus for GovReport: draws a report and a layout per document seed, renders it
with one of several producers, extracts it with the govreport binary and scores the result."""
