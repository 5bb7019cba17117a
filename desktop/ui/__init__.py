"""Qt user interface. The only package that imports Qt."""

from desktop.ui.feature_check import install as _quicker_feature_check

_quicker_feature_check()  # before the other modules of the package are imported
