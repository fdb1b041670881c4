"""The PySide6 user interface: main window, panels, item models, undo, translations."""
