"""Generative models: DCGAN networks, training, model files and latent math. torch, no Qt.

Submodules import torch; ``latent`` alone needs only numpy, so media code can use it.
"""
