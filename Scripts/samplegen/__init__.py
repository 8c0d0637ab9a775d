"""Sample-corpus tooling for GovReport: canonical keys, data, producers, scans, scoring."""
