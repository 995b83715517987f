"""A handler in a dotted module."""


def handler(event, context):
    return {"module": __name__}
