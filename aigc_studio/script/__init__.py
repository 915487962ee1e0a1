"""Scripts: scenes with a shot, a spoken line and a duration. No Qt."""
