"""The porting trade in pure Python: no I/O, no Qt, no SQLAlchemy, no httpx."""
