"""A local porting platform in the shape of the Telnyx Porting Orders v2 API.

It exists so demos, training and tests run against something that behaves like a real platform:
carriers that take business days, reject on bad data, split orders, and a network that fails.
"""
