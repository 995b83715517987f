"""Sleeps longer than any test's timeout."""
import time


def lambda_handler(event, context):
    print("going to sleep")
    time.sleep(600)
