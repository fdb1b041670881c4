"""Small reusable widgets of the editor panels (range slider, weight bars, rank groups)."""
