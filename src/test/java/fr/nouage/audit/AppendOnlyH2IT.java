package fr.nouage.audit;

class AppendOnlyH2IT extends AppendOnlyContract {
}
