"""Swedish for the årshjul on paper (issue 19, item 5)."""

PART = {
    "Events and dates": "Händelser och datum",
}
