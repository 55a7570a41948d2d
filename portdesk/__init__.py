"""PortDesk: the number porting specialist's desktop workbench."""

__version__ = "0.1.0"
