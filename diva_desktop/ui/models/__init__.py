"""Qt item models that wrap the document's current core model (never copies of it)."""
