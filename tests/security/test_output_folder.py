"""Issue 16: the folder remembered for the next PDF never names a pupil."""

from __future__ import annotations

from pathlib import PurePosixPath as P

from desktop.services.output_folder import folder_to_remember

HOME = P("/home/ola")
NAMES = ["Ola Nordmann", "Áile Ŧoađđi"]


def test_a_folder_without_a_pupil_name_is_kept():
    assert folder_to_remember(P("/home/ola/Dokumenter/Referater"), NAMES, HOME) == P(
        "/home/ola/Dokumenter/Referater")


def test_a_folder_named_after_a_pupil_is_cut_back_to_its_parent():
    assert folder_to_remember(P("/home/ola/Elever/Nordmann, Ola/2026"), NAMES, HOME) == P(
        "/home/ola/Elever")
    assert folder_to_remember(P("/srv/skole/áile ŧoađđi"), NAMES, HOME) == P("/srv/skole")
    assert folder_to_remember(P("/media/OLA"), NAMES, HOME) == P("/media")


def test_the_home_folder_names_the_user_not_a_pupil():
    assert folder_to_remember(P("/home/ola"), NAMES, HOME) == P("/home/ola")


def test_part_of_a_longer_word_is_not_a_name():
    assert folder_to_remember(P("/home/ola/Olavsfest"), NAMES, HOME) == P("/home/ola/Olavsfest")
