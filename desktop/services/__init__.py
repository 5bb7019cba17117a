"""The application layer the UI talks to; no Qt. `app_service.AppService` is the
door to the vault and the case list, `case_session.CaseSession` is one open
case (edits, saves, read-only), and each feature has its service here:
absence_register (Fravær, the follow-up ladder, the contact log),
conversation_service (kartlegging), circle_service (tiltakssirkel),
plan_service (opptrappingsplan), agreement_service (samarbeidsavtaler and
evaluations), meeting_service (møter og referat). Settings and the demo cases
live here too. Every write goes through CaseSession.edit."""
