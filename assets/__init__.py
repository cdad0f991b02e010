"""Data files shipped with Ponder: the model catalog, screenshots."""
