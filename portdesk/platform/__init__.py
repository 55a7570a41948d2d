"""The porting platform seen from PortDesk: an HTTP client, the sync engine and a sandbox server.

Nothing here imports the store or the GUI: the services layer combines the client with the store.
"""
