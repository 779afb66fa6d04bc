package fr.reseau.ecoles.academic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductionResourceRepository extends JpaRepository<ProductionResource, Long> {

  /** The files' descriptions without their content (the record's components are the columns). */
  List<ProductionResource.Info> findInfosByProductionIdOrderById(Long productionId);

  Optional<ProductionResource> findByIdAndProductionId(Long id, Long productionId);
}
