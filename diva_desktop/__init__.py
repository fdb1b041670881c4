"""DIVÄ Desktop: decision support for municipal digitalisation investments."""

__version__ = "0.1.0"
