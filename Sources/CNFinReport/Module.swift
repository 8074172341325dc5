// CNFinReport: monthly review reports.
