"""Stands in for Lambda's runtime interface client, to show that Rotor runs it when the interpreter can import it."""
