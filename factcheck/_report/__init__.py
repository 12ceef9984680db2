"""Reports: the forms findings and claims take for people and programs."""
