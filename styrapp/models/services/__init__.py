"""Every change to a plan goes through a function here: one user intention, one transaction.

Services take an open `PlanFile`, check the domain's invariants, commit, and return plain values
(ids, dataclasses), never live ORM objects. They raise `DomainError` with a code and values (worded
where it is shown, styrapp/wording/messages.py) when an edit is refused, and then nothing has changed.
"""
