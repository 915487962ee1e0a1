"""Scripts: scenes with a shot, a spoken line, a caption, a sound and a duration. No Qt."""
