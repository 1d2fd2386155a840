"""styrapp: plan and follow up a Swedish municipality's styrmodell offline."""

__version__ = "0.1.0"
