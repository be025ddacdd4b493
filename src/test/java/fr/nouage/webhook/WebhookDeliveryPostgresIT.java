package fr.nouage.webhook;

import fr.nouage.support.OnPostgres;

@OnPostgres
class WebhookDeliveryPostgresIT extends WebhookDeliveryContract {
}
