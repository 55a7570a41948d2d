"""Sync logic that needs neither the store nor HTTP: how platform records map onto cases."""
