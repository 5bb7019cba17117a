"""Dialogs. Each is window-modal, has a parent, and is shown with open()."""
