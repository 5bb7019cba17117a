"""Nærvær: an offline desktop application for the meetings around a pupil with
worrying school absence. See README.md."""

__version__ = "0.1.0"
APP_NAME = "Nærvær"
