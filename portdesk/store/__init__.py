"""Persistence: SQLAlchemy 2.0 schema, Alembic migrations, repositories, audit log, encrypted secrets."""
