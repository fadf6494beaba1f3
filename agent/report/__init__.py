"""The data-flow report for compliance teams (`embargo report`)."""
