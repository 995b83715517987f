"""Raises from a nested call, as a failing rotation step does."""


def lambda_handler(event, context):
    check(event.get("why", "no reason"))


def check(why):
    raise ValueError("it broke: " + why)
