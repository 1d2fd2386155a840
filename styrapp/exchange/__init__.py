"""Import and export: Kolada (API JSON, table CSV) now; Excel and iCalendar follow. Qt-free."""
