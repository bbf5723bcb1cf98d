"""Small Qt helpers the other roles share."""
