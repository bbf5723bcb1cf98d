"""The drafts browser and a draft's history: listing, trash, batch export, verdicts."""
