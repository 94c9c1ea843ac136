"""io problems: a program reads stdin and writes stdout, and its output is checked on the trusted side."""
