package fr.nouage.security;

class ArchiveRemarksH2IT extends ArchiveRemarksContract {
}
