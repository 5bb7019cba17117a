"""What several sections share: the field form and its specs (the pupil, the
guardians, the team), the people editor and picker, the master–detail record
layout, input builders, the signature pad, document preview/print/PDF, undo
commands for whole values, and the absence register's edit path and texts
(Fravær, Oversikt and Logg all edit the same register). A section never
imports another section: what two of them need lives here."""
