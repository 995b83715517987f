"""Stands in for a boto3 the function bundles (the interpreter's, if any, must not win)."""
BUNDLED = True
