"""Altered text-layer documents (--kind altered): see FORMS, added with the Scripts/stress wiring."""
