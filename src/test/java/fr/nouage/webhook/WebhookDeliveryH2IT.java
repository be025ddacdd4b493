package fr.nouage.webhook;

class WebhookDeliveryH2IT extends WebhookDeliveryContract {
}
