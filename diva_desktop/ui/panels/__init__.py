"""One widget per workflow step; each takes the ProjectDocument."""
