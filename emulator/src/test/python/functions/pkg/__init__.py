"""A handler in a package's __init__."""


def handler(event, context):
    return {"module": __name__}
