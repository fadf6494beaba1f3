"""The loopback demo: a fake AI provider, a simulated CRM integration, the runner."""
