"""LOAs: the standard letter, carriers' own forms, signatures and their verification.

Nothing here knows about the store: services/loa.py combines the two (load a case, record the hash).
"""
