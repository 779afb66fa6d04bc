package fr.reseau.ecoles.network;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkRepository extends JpaRepository<Network, String> {}
