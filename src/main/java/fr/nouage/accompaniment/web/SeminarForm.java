package fr.nouage.accompaniment.web;

import java.util.List;

/** The values typed in the form to build a seminar. */
public record SeminarForm(String title, String heldOn, String place, List<String> territories, String closeOn) {
}
